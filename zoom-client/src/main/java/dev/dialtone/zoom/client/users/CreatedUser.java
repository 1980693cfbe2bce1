package dev.dialtone.zoom.client.users;

/**
 * The 201 answer to {@code POST /users}; it has no status, so a pending user cannot be
 * told from an active one here.
 *
 * @param id Zoom user id
 * @param email email
 * @param firstName first name
 * @param lastName last name
 * @param type user type
 */
public record CreatedUser(String id, String email, String firstName, String lastName, Integer type) {
}
