package dev.dialtone.local;

/** The topic names the local stack uses; the services' defaults. */
public record Topics(String identity, String identityDeadLetters, String outcomes, String outcomesDeadLetters,
		String anomalies, String incidents, String notifications, String audit) {

	static Topics defaults() {
		return new Topics("dialtone.identity-events", "dialtone.identity-events-dlt", "dialtone.provisioning-outcomes",
				"dialtone.provisioning-outcomes-dlt", "dialtone.pending-anomalies", "dialtone.pending-incidents",
				"dialtone.notifications", "dialtone.audit");
	}

	String[] all() {
		return new String[] { identity, identityDeadLetters, outcomes, outcomesDeadLetters, anomalies, incidents,
				notifications, audit };
	}

}
