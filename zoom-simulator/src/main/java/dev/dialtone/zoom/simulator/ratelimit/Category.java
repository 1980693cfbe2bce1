package dev.dialtone.zoom.simulator.ratelimit;

/** Zoom's rate-limit categories; the header value is the title-case name Zoom sends. */
public enum Category {

	LIGHT("Light"), MEDIUM("Medium"), HEAVY("Heavy"), RESOURCE_INTENSIVE("Resource-intensive");

	private final String header;

	Category(String header) {
		this.header = header;
	}

	public String header() {
		return this.header;
	}

}
