package dev.dialtone.producer;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * Feature packages may use each other, but never in a circle: a cycle would tie two
 * features into one.
 */
@Tag("fast")
class PackageStructureTests {

	static final JavaClasses PRODUCER = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("dev.dialtone.producer");

	@Test
	void featurePackagesAreFreeOfCycles() {
		slices().matching("dev.dialtone.producer.(*)..").should().beFreeOfCycles().check(PRODUCER);
	}

}
