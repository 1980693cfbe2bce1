package dev.dialtone.worker.phone;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import dev.dialtone.worker.step.Steps;
import dev.dialtone.zoom.client.ZoomClient;
import dev.dialtone.zoom.client.phone.Site;
import dev.dialtone.zoom.client.phone.SitePage;

/**
 * How batch add names a site: by Zoom's site code (or its name), where every other call
 * takes the site id. Read once per instance from {@code GET /phone/sites} (one Phone
 * Medium call) and kept: sites are configuration, not something a hire changes.
 */
final class BatchSites {

	private final ZoomClient zoom;

	private final Map<String, Site> byId = new ConcurrentHashMap<>();

	private volatile boolean loaded;

	BatchSites(ZoomClient zoom) {
		this.zoom = zoom;
	}

	/**
	 * @param zoomSiteId the configured Zoom site id
	 * @return the site as Zoom lists it, or empty when Zoom does not list it
	 */
	Optional<Site> find(String zoomSiteId, Steps steps) {
		if (!this.loaded) {
			load(steps);
		}
		return Optional.ofNullable(this.byId.get(zoomSiteId));
	}

	private synchronized void load(Steps steps) {
		if (this.loaded) {
			return;
		}
		String token = null;
		do {
			String page = token;
			SitePage sites = steps.read("list-sites", "GET /phone/sites", () -> this.zoom.phone().listSites(300, page));
			sites.sites().forEach((site) -> this.byId.put(site.id(), site));
			token = sites.nextPageToken();
		}
		while (token != null && !token.isBlank());
		this.loaded = true;
	}

}
