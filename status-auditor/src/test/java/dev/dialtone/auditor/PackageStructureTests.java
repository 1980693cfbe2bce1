package dev.dialtone.auditor;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * Feature packages depend on each other one way only: no package cycles.
 */
@Tag("fast")
class PackageStructureTests {

	private final JavaClasses classes = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("dev.dialtone.auditor");

	@Test
	void featurePackagesAreFreeOfCycles() {
		slices().matching("dev.dialtone.auditor.(*)..").should().beFreeOfCycles().check(this.classes);
	}

}
