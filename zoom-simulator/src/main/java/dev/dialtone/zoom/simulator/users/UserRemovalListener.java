package dev.dialtone.zoom.simulator.users;

/**
 * Told when a user leaves the account, so held resources (numbers, extensions, licences)
 * return to the pool.
 */
public interface UserRemovalListener {

	void userRemoved(SimUser user);

}
