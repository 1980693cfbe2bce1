package dev.dialtone.idp;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;

/**
 * Registered clients, added while the provider runs (a test learns its application's port
 * only after start-up). Spring's in-memory repository needs every client up front.
 */
final class ClientRegistry implements RegisteredClientRepository {

	private final Map<String, RegisteredClient> byId = new ConcurrentHashMap<>();

	private final Map<String, RegisteredClient> byClientId = new ConcurrentHashMap<>();

	@Override
	public void save(RegisteredClient client) {
		this.byId.put(client.getId(), client);
		this.byClientId.put(client.getClientId(), client);
	}

	@Override
	public RegisteredClient findById(String id) {
		return this.byId.get(id);
	}

	@Override
	public RegisteredClient findByClientId(String clientId) {
		return this.byClientId.get(clientId);
	}

}
