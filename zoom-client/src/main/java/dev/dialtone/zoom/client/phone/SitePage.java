package dev.dialtone.zoom.client.phone;

import java.util.List;

/**
 * One page of {@code GET /phone/sites}.
 *
 * @param nextPageToken token of the next page; blank or null on the last
 * @param pageSize page size
 * @param totalRecords total sites
 * @param sites the sites on this page
 */
public record SitePage(String nextPageToken, Integer pageSize, Integer totalRecords, List<Site> sites) {

	public SitePage {
		sites = (sites != null) ? List.copyOf(sites) : List.of();
	}

	public boolean hasNext() {
		return this.nextPageToken != null && !this.nextPageToken.isBlank();
	}

}
