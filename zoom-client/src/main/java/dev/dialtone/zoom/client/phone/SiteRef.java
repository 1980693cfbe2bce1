package dev.dialtone.zoom.client.phone;

/**
 * A site as referenced from users and numbers.
 *
 * @param id site id
 * @param name site name
 */
public record SiteRef(String id, String name) {
}
