package com.chaindesk;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.springframework.stereotype.Controller;
import org.springframework.stereotype.Repository;
import org.springframework.web.bind.annotation.RestController;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * The shape STYLE.md asks for, checked on every build.
 */
class ArchitectureTests {

	private final JavaClasses classes = new ClassFileImporter()
			.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
			.importPackages("com.chaindesk");

	@Test
	void controllersAreNotPublic() {
		classes().that().areAnnotatedWith(Controller.class).or().areAnnotatedWith(RestController.class)
				.should().notHaveModifier(JavaModifier.PUBLIC)
				.because("pages and API endpoints are a module's internals, reached over HTTP only")
				.check(classes);
	}

	@Test
	void controllersLiveInWebOrApiPackages() {
		classes().that().areAnnotatedWith(Controller.class).or().areAnnotatedWith(RestController.class)
				.should().resideInAnyPackage("..web..", "..api..")
				.check(classes);
	}

	@Test
	void repositoriesAreNotPublic() {
		classes().that().areAnnotatedWith(Repository.class).or().areAssignableTo(org.springframework.data.repository.Repository.class)
				.should().notHaveModifier(JavaModifier.PUBLIC)
				.allowEmptyShould(true)
				.check(classes);
	}

	@Test
	void moduleRootsDoNotUseTheirWebOrApiPackages() {
		noClasses().that().resideInAPackage("com.chaindesk.(*)")
				.should().dependOnClassesThat().resideInAnyPackage("com.chaindesk.*.web..", "com.chaindesk.*.api..")
				.check(classes);
	}

	@Test
	void noGrabBagNames() {
		noClasses().should().haveSimpleNameEndingWith("Util").orShould().haveSimpleNameEndingWith("Utils")
				.orShould().haveSimpleNameEndingWith("Helper").orShould().haveSimpleNameEndingWith("Manager")
				.orShould().haveSimpleNameEndingWith("Impl")
				.check(classes);
	}

	@Test
	void domainCoreDoesNotKnowTheWeb() {
		noClasses().that().resideInAnyPackage("com.chaindesk.(*)").and().resideOutsideOfPackage("com.chaindesk.platform..")
				.should().dependOnClassesThat().resideInAnyPackage("org.springframework.web..", "jakarta.servlet..")
				.allowEmptyShould(true)
				.check(classes);
	}
}
