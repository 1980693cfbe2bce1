package dev.dialtone.zoom.simulator;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.dialtone.zoom.simulator.control.RequestLogEntry;
import dev.dialtone.zoom.simulator.control.SimulatedUser;
import dev.dialtone.zoom.simulator.faults.FaultSpec;
import dev.dialtone.zoom.simulator.ratelimit.RateLimiter.CategoryCount;
import dev.dialtone.zoom.simulator.seed.Seed;
import dev.dialtone.zoom.simulator.webhooks.UrlValidation;
import dev.dialtone.zoom.simulator.webhooks.WebhookDelivery;
import tools.jackson.core.type.TypeReference;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.context.logging.LoggingApplicationListener;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A handle on a running simulator, for tests in any module: {@link #start(Seed)} runs one
 * in-process on 127.0.0.1 and a free port; {@link #connect(String, Seed)} attaches to one
 * running elsewhere (e.g. the exec jar). All control methods go through the HTTP control
 * API under /_sim, so both kinds of handle behave the same.
 */
public final class ZoomSimulator implements AutoCloseable {

	private final ConfigurableApplicationContext context;

	private final String root;

	private final ControlClient control;

	private volatile Seed seed;

	private ZoomSimulator(ConfigurableApplicationContext context, String root, Seed seed) {
		this.context = context;
		this.root = root;
		this.control = new ControlClient(root);
		this.seed = seed;
	}

	public static ZoomSimulator start(Seed seed) {
		SpringApplication application = ZoomSimulatorApplication.application();
		// The host JVM owns logging; a nested Spring Boot app must not re-initialise it.
		Set<ApplicationListener<?>> listeners = new LinkedHashSet<>(application.getListeners());
		listeners.removeIf((listener) -> listener instanceof LoggingApplicationListener);
		application.setListeners(listeners);
		application.setWebApplicationType(WebApplicationType.SERVLET);
		ConfigurableApplicationContext context = application.run("--server.port=0", "--server.address=127.0.0.1",
				"--spring.main.banner-mode=off");
		int port = ((WebServerApplicationContext) context).getWebServer().getPort();
		ZoomSimulator simulator = new ZoomSimulator(context, "http://127.0.0.1:" + port, seed);
		simulator.seed(seed);
		return simulator;
	}

	public static ZoomSimulator start(Path seedYaml) {
		return start(Seed.fromYaml(seedYaml));
	}

	/** The bundled demo world (README, "Seeded demo world"). */
	public static ZoomSimulator start() {
		return start(Seed.demo());
	}

	/**
	 * Attaches to a simulator already running at {@code root} (e.g.
	 * http://127.0.0.1:8090) and seeds it.
	 */
	public static ZoomSimulator connect(String root, Seed seed) {
		ZoomSimulator simulator = new ZoomSimulator(null, root, seed);
		simulator.seed(seed);
		return simulator;
	}

	/**
	 * Attaches to a simulator already running at {@code root} without touching its state.
	 * Its secrets are not readable over the control API, so {@link #clientSecret()} and
	 * {@link #webhookSecret()} refuse on such a handle; use
	 * {@link #connect(String, Seed)} with the seed to know them.
	 */
	public static ZoomSimulator attach(String root) {
		ControlClient control = new ControlClient(root);
		return new ZoomSimulator(null, root, control.get("/_sim/seed", new TypeReference<Seed>() {
		}));
	}

	/** Zoom API base, like https://api.zoom.us/v2. */
	public String baseUrl() {
		return this.root + "/v2";
	}

	/** The token endpoint, like https://zoom.us/oauth/token. */
	public String oauthUrl() {
		return this.root + "/oauth/token";
	}

	public String rootUrl() {
		return this.root;
	}

	public String accountId() {
		return this.seed.account().id();
	}

	public String clientId() {
		return this.seed.credentials().clientId();
	}

	public String clientSecret() {
		return known(this.seed.credentials().clientSecret());
	}

	public String webhookSecret() {
		return known(this.seed.webhook().secretToken());
	}

	private static String known(String secret) {
		if (Seed.WITHHELD.equals(secret)) {
			throw new IllegalStateException("a running simulator does not reveal its secrets; connect with the seed");
		}
		return secret;
	}

	public Seed currentSeed() {
		return this.seed;
	}

	/** Wipes all state and applies {@code seed}. */
	public void seed(Seed seed) {
		this.control.post("/_sim/seed", seed, new TypeReference<Map<String, Object>>() {
		});
		this.seed = seed;
	}

	/** Wipes all state and re-applies the current seed. */
	public void reset() {
		this.control.post("/_sim/reset", null, new TypeReference<Map<String, Object>>() {
		});
	}

	/**
	 * The person clicks the confirmation link: pending becomes active, webhooks fire.
	 * False if not pending.
	 */
	public boolean activate(String email) {
		return (Boolean) this.control.post("/_sim/users/" + enc(email) + "/activate", null, MAP).get("activated");
	}

	/** The person with a personal Zoom account chooses "Consolidate into account". */
	public void consolidate(String email) {
		this.control.post("/_sim/users/" + enc(email) + "/consolidate", null, MAP);
	}

	public void addPersonalAccount(String email) {
		this.control.post("/_sim/personal-accounts?email=" + enc(email), null, MAP);
	}

	public void verifyDomain(String domain) {
		this.control.post("/_sim/domains/" + enc(domain) + "/verify", null, MAP);
	}

	public void setDomainStatus(String domain, String status) {
		this.control.put("/_sim/domains/" + enc(domain) + "?status=" + enc(status), null, MAP);
	}

	/** The scopes the Server-to-Server app holds (what a new token carries). */
	public List<String> grantedScopes() {
		return this.control.get("/_sim/credentials/scopes", new TypeReference<List<String>>() {
		});
	}

	/**
	 * The admin sets the app's scopes in the Marketplace (state is kept); tokens issued
	 * before keep their old scopes unless
	 * {@code behaviour.scopeChangesReachIssuedTokens}.
	 */
	public void setGrantedScopes(List<String> scopes) {
		this.control.put("/_sim/credentials/scopes", scopes, new TypeReference<List<String>>() {
		});
		this.seed = this.seed.toBuilder().scopes(scopes).build();
	}

	public void setPreProvisioning(boolean enabled) {
		this.control.put("/_sim/preprovisioning?enabled=" + enabled, null, MAP);
	}

	/**
	 * Replaces all faults; keys are endpoint keys ("POST /users", "GET
	 * /phone/users/{userId}") or "*".
	 */
	public void faults(Map<String, FaultSpec> faults) {
		this.control.put("/_sim/faults", faults, new TypeReference<Map<String, FaultSpec>>() {
		});
	}

	public void fault(String endpoint, FaultSpec spec) {
		faults(Map.of(endpoint, spec));
	}

	public void clearFaults() {
		this.control.delete("/_sim/faults");
	}

	/** Counts of users by status: keys active, inactive, pending. */
	public Map<String, Long> usersByStatus() {
		return this.control.get("/_sim/users/counts", new TypeReference<Map<String, Long>>() {
		});
	}

	public List<SimulatedUser> users() {
		return this.control.get("/_sim/users", new TypeReference<List<SimulatedUser>>() {
		});
	}

	public SimulatedUser user(String idOrEmail) {
		return this.control.get("/_sim/users/" + enc(idOrEmail), new TypeReference<SimulatedUser>() {
		});
	}

	/** E.164 number to the id of the user holding it (assigned numbers only). */
	public Map<String, String> numberHolders() {
		return this.control.get("/_sim/numbers/holders", STRING_MAP);
	}

	/** Extension number to the id of the user holding it. */
	public Map<String, String> extensionHolders() {
		return this.control.get("/_sim/extensions/holders", STRING_MAP);
	}

	public List<RequestLogEntry> requestLog() {
		return this.control.get("/_sim/requests", new TypeReference<List<RequestLogEntry>>() {
		});
	}

	public void clearRequestLog() {
		this.control.delete("/_sim/requests");
	}

	/** Calls and 429s per API family (zoom, phone) and category. */
	public List<CategoryCount> rateLimitCounts() {
		return this.control.get("/_sim/ratelimits", new TypeReference<List<CategoryCount>>() {
		});
	}

	/** Expires every issued access token (the next API call gets 401/124). */
	public void expireTokens() {
		this.control.post("/_sim/tokens/expire", null, MAP);
	}

	public List<WebhookDelivery> webhookDeliveries() {
		return this.control.get("/_sim/webhooks/deliveries", new TypeReference<List<WebhookDelivery>>() {
		});
	}

	/** Sends endpoint.url_validation to the seeded webhook URL and checks the reply. */
	public UrlValidation.Result validateWebhookUrl() {
		return this.control.post("/_sim/webhooks/validate", null, new TypeReference<UrlValidation.Result>() {
		});
	}

	@Override
	public void close() {
		if (this.context != null) {
			this.context.close();
		}
	}

	private static String enc(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
	}

	private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {
	};

	private static final TypeReference<Map<String, String>> STRING_MAP = new TypeReference<>() {
	};

}
