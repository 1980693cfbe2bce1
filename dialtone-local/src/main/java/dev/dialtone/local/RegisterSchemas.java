package dev.dialtone.local;

import java.io.PrintStream;
import java.util.List;
import java.util.Map;

import dev.dialtone.serde.SchemaRegistryClient;

/**
 * Registers Dialtone's Avro schemas in a schema registry, for deployments whose services
 * run with {@code auto.register.schemas=false} (the {@code prod} profile). Safe to
 * re-run: an already registered schema answers with its existing id.
 */
public final class RegisterSchemas {

	static final String USAGE = "Usage: RegisterSchemas --registry <url> [--user-info user:pass] [--dry-run]\n"
			+ "  env: DIALTONE_SCHEMA_REGISTRY_URL, DIALTONE_SCHEMA_REGISTRY_USER_INFO";

	private RegisterSchemas() {
	}

	public static void main(String[] args) {
		System.exit(run(args, System.getenv(), System.out, System.err));
	}

	/** Returns the exit code: 0 all registered, 1 some subject refused, 2 bad usage. */
	static int run(String[] args, Map<String, String> env, PrintStream out, PrintStream err) {
		RegisterOptions options;
		try {
			options = RegisterOptions.parse(args, env);
		}
		catch (IllegalArgumentException ex) {
			err.println(ex.getMessage());
			err.println(USAGE);
			return 2;
		}
		List<SchemaSubjects> subjects = SchemaSubjects.catalogue();
		if (options.dryRun()) {
			subjects.forEach((s) -> out.println(s.subject() + " -> " + s.schema().getFullName()));
			return 0;
		}
		return register(new SchemaRegistryClient(options.registryUrl(), options.userInfo()), subjects, out, err);
	}

	/** Tries every subject, so one refusal does not hide the others. */
	static int register(SchemaRegistryClient registry, List<SchemaSubjects> subjects, PrintStream out,
			PrintStream err) {
		int refused = 0;
		for (SchemaSubjects s : subjects) {
			try {
				int id = registry.register(s.subject(), s.schema());
				out.println(s.subject() + " -> " + s.schema().getFullName() + " id " + id);
			}
			catch (RuntimeException ex) {
				refused++;
				// the message is the method, path and the registry's answer: no
				// credentials in it
				out.println(s.subject() + " REFUSED: " + ex.getMessage() + cause(ex));
			}
		}
		if (refused > 0) {
			err.println(refused + " of " + subjects.size() + " subjects were not registered");
			return 1;
		}
		return 0;
	}

	// a refused connection's message is often just "null"; its type says what happened
	private static String cause(RuntimeException ex) {
		return (ex.getCause() != null) ? " (" + ex.getCause().getClass().getSimpleName() + ")" : "";
	}

}
