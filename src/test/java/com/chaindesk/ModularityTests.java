package com.chaindesk;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * Keeps the module graph honest: no cycles, no module reaching into another's internals. The Documenter writes the
 * module diagrams to {@code target/spring-modulith-docs} so the docs always show the code's real shape.
 */
class ModularityTests {

	private final ApplicationModules modules = ApplicationModules.of(ChainDeskApplication.class);

	@Test
	void modulesRespectTheirBoundaries() {
		modules.verify();
	}

	/**
	 * Diagrams and module canvases only: {@code writeDocumentation()} would also write
	 * {@code META-INF/spring-modulith/application-modules.json} into target/classes, which the running application
	 * then trusts over its own classes, so a module added later would silently miss its migrations.
	 */
	@Test
	void writesModuleDocumentation() {
		new Documenter(modules).writeModulesAsPlantUml().writeIndividualModulesAsPlantUml().writeModuleCanvases();
	}
}
