package dev.dialtone.zoom.client.accounts;

import dev.dialtone.zoom.client.ZoomEndpoint;
import dev.dialtone.zoom.client.ZoomResponse;
import dev.dialtone.zoom.client.http.ZoomCall;
import dev.dialtone.zoom.client.http.ZoomHttp;

/**
 * {@link ZoomAccounts} over {@link ZoomHttp}. Created by {@code ZoomClient.create}.
 */
public final class HttpZoomAccounts implements ZoomAccounts {

	private final ZoomHttp http;

	public HttpZoomAccounts(ZoomHttp http) {
		this.http = http;
	}

	@Override
	public ZoomResponse<ManagedDomains> managedDomains() {
		return this.http.exchange(ZoomCall.to(ZoomEndpoint.MANAGED_DOMAINS, "me"), ManagedDomains.class);
	}

}
