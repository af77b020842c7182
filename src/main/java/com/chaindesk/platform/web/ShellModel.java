package com.chaindesk.platform.web;

import java.util.Comparator;
import java.util.List;

import com.chaindesk.platform.Actor;
import com.chaindesk.platform.CurrentActor;
import com.chaindesk.platform.MenuEntry;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * What every page's frame needs: who is signed in, their menu and where they are.
 */
@ControllerAdvice(annotations = Controller.class)
class ShellModel {

	private final List<MenuEntry> menu;

	ShellModel(List<MenuEntry> menu) {
		this.menu = menu.stream().sorted(Comparator.comparingInt(MenuEntry::order)).toList();
	}

	@ModelAttribute("actor")
	Actor actor() {
		return CurrentActor.find().orElse(null);
	}

	@ModelAttribute("menu")
	List<MenuEntry> menu() {
		return CurrentActor.find().map(actor -> menu.stream().filter(entry -> entry.visibleTo(actor)).toList())
				.orElse(List.of());
	}

	@ModelAttribute("currentPath")
	String currentPath(HttpServletRequest request) {
		return request.getRequestURI();
	}
}
