package dev.dialtone.worker;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/** The worker's feature packages depend on each other in one direction only. */
@Tag("fast")
class ArchitectureTests {

	static final JavaClasses main = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("dev.dialtone.worker");

	@Test
	void featurePackagesAreFreeOfCycles() {
		slices().matching("dev.dialtone.worker.(*)..").should().beFreeOfCycles().check(main);
	}

}
