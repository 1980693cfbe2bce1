package dev.dialtone.serde;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The configuration keys Confluent's Avro serdes use, so either implementation can be
 * configured the same way.
 */
final class RegistrySerdeConfig {

	static final String URL = "schema.registry.url";

	static final String AUTO_REGISTER = "auto.register.schemas";

	static final String USE_LATEST_VERSION = "use.latest.version";

	static final String SPECIFIC_READER = "specific.avro.reader";

	static final String BASIC_AUTH_USER_INFO = "basic.auth.user.info";

	// Producers and consumers of one service share a registry; share its client and
	// caches too.
	private static final Map<String, SchemaRegistryClient> CLIENTS = new ConcurrentHashMap<>();

	private RegistrySerdeConfig() {
	}

	static SchemaRegistryClient client(Map<String, ?> configs) {
		Object url = configs.get(URL);
		if (url == null || url.toString().isBlank()) {
			throw new IllegalArgumentException("Missing required configuration '" + URL + "'");
		}
		String userInfo = string(configs, BASIC_AUTH_USER_INFO, null);
		return CLIENTS.computeIfAbsent(url + "|" + userInfo, key -> new SchemaRegistryClient(url.toString(), userInfo));
	}

	static boolean flag(Map<String, ?> configs, String key, boolean defaultValue) {
		Object value = configs.get(key);
		return value == null ? defaultValue : Boolean.parseBoolean(value.toString());
	}

	static String string(Map<String, ?> configs, String key, String defaultValue) {
		Object value = configs.get(key);
		return value == null ? defaultValue : value.toString();
	}

}
