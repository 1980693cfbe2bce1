package dev.dialtone.zoom.client.phone;

/**
 * A Zoom Phone site from {@code GET /phone/sites}.
 *
 * @param id site id
 * @param name site name
 * @param siteCode site code (prefix of the site's extension numbers), if site codes are
 * enabled
 */
public record Site(String id, String name, Integer siteCode) {
}
