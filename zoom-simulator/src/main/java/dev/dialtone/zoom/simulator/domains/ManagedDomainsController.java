package dev.dialtone.zoom.simulator.domains;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.dialtone.zoom.simulator.api.ZoomApiException;
import dev.dialtone.zoom.simulator.seed.CurrentSeed;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /accounts/{accountId}/managed_domains} ("me" or our account id). */
@RestController
class ManagedDomainsController {

	private final DomainRegistry domains;

	private final CurrentSeed seed;

	ManagedDomainsController(DomainRegistry domains, CurrentSeed seed) {
		this.domains = domains;
		this.seed = seed;
	}

	@GetMapping("/v2/accounts/{accountId}/managed_domains")
	Map<String, Object> list(@PathVariable String accountId) {
		if (!"me".equals(accountId) && !this.seed.get().account().id().equals(accountId)) {
			throw new ZoomApiException(404, 2001, "Account does not exist: " + accountId + ".");
		}
		List<Map<String, String>> rows = this.domains.all().entrySet().stream().map((e) -> {
			Map<String, String> row = new LinkedHashMap<>();
			row.put("domain", e.getKey());
			row.put("status", e.getValue());
			return row;
		}).toList();
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("total_records", rows.size());
		body.put("domains", rows);
		return body;
	}

}
