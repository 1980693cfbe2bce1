package dev.dialtone.local.scopes;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaCodeUnitAccess;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import dev.dialtone.zoom.client.ZoomEndpoint;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Which Zoom endpoints each service calls, read from compiled code rather than declared:
 * the client's operations ({@code ZoomUsers}, {@code ZoomPhone}, {@code ZoomAccounts})
 * mapped to the {@link ZoomEndpoint} their implementation sends, and the operations a
 * service's classes invoke or reference (calls inside lambdas count for the method that
 * holds them). A new call in a service, or an operation that starts sending another
 * endpoint, changes the result without anyone updating a list.
 */
final class ZoomCallsOfServices {

	private static final String CLIENT = "dev.dialtone.zoom.client.";

	/** The client's operation interfaces and the classes implementing them. */
	private static final Map<String, String> OPERATIONS = Map.of(CLIENT + "users.ZoomUsers",
			CLIENT + "users.HttpZoomUsers", CLIENT + "phone.ZoomPhone", CLIENT + "phone.HttpZoomPhone",
			CLIENT + "accounts.ZoomAccounts", CLIENT + "accounts.HttpZoomAccounts");

	private final Map<String, Set<ZoomEndpoint>> endpointsByOperation = new HashMap<>();

	private final Map<Path, Set<ZoomEndpoint>> byService = new HashMap<>();

	ZoomCallsOfServices(Path clientClasses) {
		JavaClasses client = classes(clientClasses);
		OPERATIONS.forEach((api, implementation) -> {
			JavaClass impl = client.get(implementation);
			for (JavaCodeUnit unit : impl.getCodeUnits()) {
				if (unit.getModifiers().contains(JavaModifier.PUBLIC)) {
					this.endpointsByOperation.merge(api + "." + unit.getName(), sent(impl, unit), (a, b) -> {
						Set<ZoomEndpoint> both = EnumSet.copyOf(a);
						both.addAll(b);
						return both;
					});
				}
			}
		});
	}

	/**
	 * @param serviceClasses a service module's {@code target/classes}
	 * @return the Zoom endpoints its code calls through the client
	 */
	Set<ZoomEndpoint> endpointsCalledBy(Path serviceClasses) {
		return this.byService.computeIfAbsent(serviceClasses, this::scan);
	}

	private Set<ZoomEndpoint> scan(Path serviceClasses) {
		Set<ZoomEndpoint> endpoints = EnumSet.noneOf(ZoomEndpoint.class);
		for (JavaClass type : classes(serviceClasses)) {
			type.getCodeUnitAccessesFromSelf().forEach((call) -> {
				String owner = call.getTargetOwner().getName();
				assertThat(owner).as(type.getName() + " calls the client's internals")
					.doesNotStartWith(CLIENT + "http.");
				if (OPERATIONS.containsKey(owner) || OPERATIONS.containsValue(owner)) {
					String api = OPERATIONS.containsKey(owner) ? owner : apiOf(owner);
					Set<ZoomEndpoint> sent = this.endpointsByOperation.get(api + "." + call.getName());
					assertThat(sent)
						.as(type.getName() + " calls " + api + "." + call.getName()
								+ ", which sends no endpoint the client declares")
						.isNotEmpty();
					endpoints.addAll(sent);
				}
			});
		}
		return endpoints;
	}

	private static String apiOf(String implementation) {
		return OPERATIONS.entrySet()
			.stream()
			.filter((e) -> e.getValue().equals(implementation))
			.findFirst()
			.orElseThrow()
			.getKey();
	}

	/**
	 * The endpoints a client method sends: the {@code ZoomEndpoint} constants read by it,
	 * by the lambdas it defines and by the methods of its own class it calls.
	 */
	private static Set<ZoomEndpoint> sent(JavaClass impl, JavaCodeUnit start) {
		Set<ZoomEndpoint> endpoints = EnumSet.noneOf(ZoomEndpoint.class);
		Set<String> seen = new HashSet<>();
		Deque<JavaCodeUnit> todo = new ArrayDeque<>();
		todo.add(start);
		while (!todo.isEmpty()) {
			JavaCodeUnit unit = todo.pop();
			if (!seen.add(unit.getFullName())) {
				continue;
			}
			unit.getFieldAccesses()
				.stream()
				.filter((access) -> access.getTargetOwner().isEquivalentTo(ZoomEndpoint.class))
				.forEach((access) -> endpoints.add(ZoomEndpoint.valueOf(access.getTarget().getName())));
			Stream
				.<JavaCodeUnitAccess<?>>concat(unit.getCallsFromSelf().stream(),
						unit.getCodeUnitReferencesFromSelf().stream())
				.filter((call) -> call.getTargetOwner().equals(impl))
				.forEach((call) -> call.getTarget().resolveMember().ifPresent(todo::add));
		}
		return endpoints;
	}

	private static JavaClasses classes(Path directory) {
		assertThat(directory).as("compiled classes (build the module first)").isDirectory();
		assertThat(directory.resolve("dev")).as("compiled classes in " + directory).exists();
		assertThat(Files.isDirectory(directory)).isTrue();
		return new ClassFileImporter().importPath(directory);
	}

}
