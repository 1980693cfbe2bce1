package dev.dialtone.local;

import java.util.List;

/**
 * Extra command-line properties for the worker and the auditor, e.g. to switch on
 * remediation in a test.
 */
public record StackOptions(List<String> workerArgs, List<String> auditorArgs) {

	public static StackOptions defaults() {
		return new StackOptions(List.of(), List.of());
	}

}
