package dev.dialtone.contracts.evolution;

import java.nio.file.Path;

import org.apache.avro.Schema;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@Tag("fast")
class SchemaEvolutionTests {

	private static final Path RELEASED = Path.of("src/released/avro");

	@Test
	void currentSchemasReadEverythingTheReleasedOnesWrote() {
		assertThat(new SchemaEvolution(RELEASED, Path.of("src/main/avro")).backwardProblems()).isEmpty();
	}

	@Test
	void addingAnOptionalFieldWithDefaultIsAccepted() {
		assertThat(new SchemaEvolution(RELEASED, Path.of("src/test/resources/evolution/compatible")).backwardProblems())
			.isEmpty();
	}

	@Test
	void addingARequiredFieldWithoutDefaultIsRejectedNamingTheField() {
		assertThat(
				new SchemaEvolution(RELEASED, Path.of("src/test/resources/evolution/incompatible")).backwardProblems())
			.singleElement()
			.asString()
			.contains("ProvisioningOutcome")
			.contains("workerInstance");
	}

	@Test
	void buildStepFailsOnAnIncompatibleChange() {
		assertThatThrownBy(() -> SchemaEvolutionCheck
			.main(new String[] { RELEASED.toString(), "src/test/resources/evolution/incompatible" }))
			.isInstanceOf(IllegalStateException.class)
			.hasMessageContaining("not BACKWARD compatible");
	}

	@Test
	void everyFieldOfEveryContractIsDocumented() {
		SchemaEvolution.parseAll(Path.of("src/main/avro")).values().forEach(schema -> {
			assertThat(schema.getDoc()).as(schema.getFullName() + " doc").isNotBlank();
			if (schema.getType() == Schema.Type.RECORD) {
				schema.getFields()
					.forEach(f -> assertThat(f.doc()).as(schema.getFullName() + "." + f.name() + " doc").isNotBlank());
			}
			if (schema.getType() == Schema.Type.ENUM) {
				assertThat(schema.getEnumDefault()).as(schema.getFullName() + " enum default").isNotNull();
			}
		});
	}

}
