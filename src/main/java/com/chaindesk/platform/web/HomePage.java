package com.chaindesk.platform.web;

import java.util.Set;

import com.chaindesk.platform.MenuEntry;
import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class HomePage {

	@Bean
	static MenuEntry homeMenuEntry() {
		return new MenuEntry("/", "menu.home", "house", 0, Set.of());
	}

	@GetMapping("/")
	String home() {
		return "platform/home";
	}
}
