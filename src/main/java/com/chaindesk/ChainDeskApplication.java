package com.chaindesk;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * ChainDesk: the service platform of a retail chain. One application, one module per top-level package.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class ChainDeskApplication {

	public static void main(String[] args) {
		SpringApplication.run(ChainDeskApplication.class, args);
	}
}
