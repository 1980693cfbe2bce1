package dev.dialtone.zoom.simulator.faults;

/** What the gateway does to one request, decided once when it arrives. */
public record FaultPlan(long delayMs, boolean hang, long hangMs, boolean reset, int errorStatus, boolean tooMany) {

	public static final FaultPlan NONE = new FaultPlan(0, false, 0, false, 0, false);

	public boolean isNone() {
		return this == NONE;
	}

}
