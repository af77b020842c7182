package com.chaindesk.platform.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** What /v3/api-docs says about the API as a whole: its name and how to authenticate. */
@Configuration(proxyBeanMethods = false)
class ApiDocumentation {

	@Bean
	OpenAPI chainDeskApi() {
		return new OpenAPI()
				.info(new Info().title("ChainDesk API").version("v1")
						.description("Store IT service desk, contact center and HQ control. Get a token from "
								+ "POST /api/v1/auth/token (or create a personal token on your account page) and send it as "
								+ "'Authorization: Bearer <token>'. Errors are RFC 9457 problem details naming the field."))
				.components(new Components().addSecuritySchemes("bearer",
						new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer")))
				.addSecurityItem(new SecurityRequirement().addList("bearer"));
	}
}
