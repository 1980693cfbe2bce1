package dev.dialtone.local;

import java.util.List;

/** Extra command-line properties for the worker and the auditor, e.g. to switch on remediation in a test. */
record StackOptions(List<String> workerArgs, List<String> auditorArgs) {

	static StackOptions defaults() {
		return new StackOptions(List.of(), List.of());
	}

}
