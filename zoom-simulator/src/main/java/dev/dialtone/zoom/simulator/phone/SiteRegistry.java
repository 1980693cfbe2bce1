package dev.dialtone.zoom.simulator.phone;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.dialtone.zoom.simulator.seed.Seed;
import dev.dialtone.zoom.simulator.seed.Seedable;

import org.springframework.stereotype.Component;

/**
 * Zoom Phone sites; the first seeded site is the account's main site, where new phone
 * users land.
 */
@Component
public class SiteRegistry implements Seedable {

	private volatile Map<String, Seed.Site> sites = Map.of();

	@Override
	public void apply(Seed seed) {
		Map<String, Seed.Site> map = new LinkedHashMap<>();
		seed.sites().forEach((site) -> map.put(site.id(), site));
		this.sites = map;
	}

	public Seed.Site find(String id) {
		return (id != null) ? this.sites.get(id) : null;
	}

	public String defaultSiteId() {
		return this.sites.isEmpty() ? null : this.sites.keySet().iterator().next();
	}

	public List<Seed.Site> all() {
		return List.copyOf(this.sites.values());
	}

}
