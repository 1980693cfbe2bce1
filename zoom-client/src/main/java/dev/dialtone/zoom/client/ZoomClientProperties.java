package dev.dialtone.zoom.client;

import java.net.URI;
import java.time.Duration;

import dev.dialtone.zoom.client.ratelimit.AccountRates;
import dev.dialtone.zoom.client.ratelimit.Plan;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the Zoom client, bound from {@code dialtone.zoom.*} in Spring or
 * constructed directly. Blank credentials fall back to the environment variables
 * {@code ZOOM_ACCOUNT_ID}, {@code ZOOM_CLIENT_ID} and {@code ZOOM_CLIENT_SECRET}.
 * {@link #toString()} masks the secret.
 *
 * @param apiBaseUrl API base including {@code /v2}
 * @param oauthUrl token endpoint
 * @param accountId Server-to-Server OAuth account id
 * @param clientId Server-to-Server OAuth client id
 * @param clientSecret Server-to-Server OAuth client secret (never logged)
 * @param plan account plan the rate budget is sized from
 * @param customRates account rates when {@code plan} is CUSTOM
 * @param share this instance's initial share of the account budget, 0 (exclusive) to 1
 * @param connectTimeout TCP connect timeout
 * @param readTimeout time allowed for a whole response
 * @param maxPermitWait longest a call blocks waiting for a rate-limit permit
 */
@ConfigurationProperties(prefix = "dialtone.zoom")
public record ZoomClientProperties(URI apiBaseUrl, URI oauthUrl, String accountId, String clientId, String clientSecret,
		Plan plan, AccountRates customRates, Double share, Duration connectTimeout, Duration readTimeout,
		Duration maxPermitWait) {

	public ZoomClientProperties {
		apiBaseUrl = (apiBaseUrl != null) ? apiBaseUrl : URI.create("https://api.zoom.us/v2");
		oauthUrl = (oauthUrl != null) ? oauthUrl : URI.create("https://zoom.us/oauth/token");
		accountId = orEnv(accountId, "ZOOM_ACCOUNT_ID");
		clientId = orEnv(clientId, "ZOOM_CLIENT_ID");
		clientSecret = orEnv(clientSecret, "ZOOM_CLIENT_SECRET");
		plan = (plan != null) ? plan : Plan.PRO;
		share = (share != null) ? share : 1.0;
		connectTimeout = positive(connectTimeout, Duration.ofSeconds(5), "connect-timeout");
		readTimeout = positive(readTimeout, Duration.ofSeconds(30), "read-timeout");
		maxPermitWait = (maxPermitWait != null) ? maxPermitWait : Duration.ofSeconds(30);
		if (share <= 0 || share > 1) {
			throw new IllegalArgumentException("dialtone.zoom.share must be in (0, 1]");
		}
		if (maxPermitWait.isNegative()) {
			throw new IllegalArgumentException("dialtone.zoom.max-permit-wait must not be negative");
		}
		// fail at startup rather than on the first call
		AccountRates.forPlan(plan, customRates);
	}

	/**
	 * @param apiBaseUrl API base including {@code /v2}
	 * @param oauthUrl token endpoint
	 * @param accountId account id
	 * @param clientId client id
	 * @param clientSecret client secret
	 * @return settings with defaults for everything else (plan PRO, share 1)
	 */
	public static ZoomClientProperties of(URI apiBaseUrl, URI oauthUrl, String accountId, String clientId,
			String clientSecret) {
		return new ZoomClientProperties(apiBaseUrl, oauthUrl, accountId, clientId, clientSecret, null, null, null, null,
				null, null);
	}

	/**
	 * @return the account-wide rates for the configured plan
	 */
	public AccountRates accountRates() {
		return AccountRates.forPlan(this.plan, this.customRates);
	}

	public ZoomClientProperties withPlan(Plan newPlan, AccountRates rates) {
		return new ZoomClientProperties(this.apiBaseUrl, this.oauthUrl, this.accountId, this.clientId,
				this.clientSecret, newPlan, rates, this.share, this.connectTimeout, this.readTimeout,
				this.maxPermitWait);
	}

	public ZoomClientProperties withTimeouts(Duration connect, Duration read, Duration permitWait) {
		return new ZoomClientProperties(this.apiBaseUrl, this.oauthUrl, this.accountId, this.clientId,
				this.clientSecret, this.plan, this.customRates, this.share, connect, read, permitWait);
	}

	public ZoomClientProperties withShare(double newShare) {
		return new ZoomClientProperties(this.apiBaseUrl, this.oauthUrl, this.accountId, this.clientId,
				this.clientSecret, this.plan, this.customRates, newShare, this.connectTimeout, this.readTimeout,
				this.maxPermitWait);
	}

	private static String orEnv(String value, String variable) {
		return (value != null && !value.isBlank()) ? value : System.getenv(variable);
	}

	private static Duration positive(Duration value, Duration fallback, String name) {
		Duration result = (value != null) ? value : fallback;
		if (result.isZero() || result.isNegative()) {
			throw new IllegalArgumentException("dialtone.zoom." + name + " must be positive");
		}
		return result;
	}

	@Override
	public String toString() {
		return "ZoomClientProperties[apiBaseUrl=" + this.apiBaseUrl + ", oauthUrl=" + this.oauthUrl + ", accountId="
				+ this.accountId + ", clientId=" + this.clientId + ", clientSecret="
				+ ((this.clientSecret != null) ? "******" : null) + ", plan=" + this.plan + ", customRates="
				+ this.customRates + ", share=" + this.share + ", connectTimeout=" + this.connectTimeout
				+ ", readTimeout=" + this.readTimeout + ", maxPermitWait=" + this.maxPermitWait + "]";
	}

}
