package dev.dialtone.zoom.simulator.users;

/** Zoom's user statuses as they appear on the wire. */
public enum UserStatus {

	ACTIVE("active"), INACTIVE("inactive"), PENDING("pending");

	private final String wire;

	UserStatus(String wire) {
		this.wire = wire;
	}

	public String wire() {
		return this.wire;
	}

	public static UserStatus fromWire(String value) {
		for (UserStatus status : values()) {
			if (status.wire.equalsIgnoreCase(value)) {
				return status;
			}
		}
		return null;
	}

}
