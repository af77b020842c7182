package com.chaindesk.platform.web;

import java.util.Comparator;
import java.util.List;

import com.chaindesk.platform.CurrentActor;
import com.chaindesk.platform.MenuEntry;
import com.chaindesk.platform.PageDecoration;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * What every page's frame needs: who is signed in, their menu, where they are, and what modules add to the frame.
 * Added after the handler ran and only when a view is rendered, so JSON calls pay nothing for it.
 */
@Component
class ShellModel implements HandlerInterceptor {

	private final List<MenuEntry> menu;
	private final List<PageDecoration> decorations;

	ShellModel(List<MenuEntry> menu, List<PageDecoration> decorations) {
		this.menu = menu.stream().sorted(Comparator.comparingInt(MenuEntry::order)).toList();
		this.decorations = decorations;
	}

	@Override
	public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler,
			ModelAndView view) {
		if (view == null || (view.getViewName() != null && view.getViewName().startsWith("redirect:"))) {
			return;
		}
		var actor = CurrentActor.find();
		view.addObject("actor", actor.orElse(null));
		List<MenuEntry> visible = actor.map(a -> menu.stream().filter(entry -> entry.visibleTo(a)).toList()).orElse(List.of());
		view.addObject("menu", visible);
		view.addObject("currentPath", request.getRequestURI());
		view.addObject("currentEntry", currentEntry(visible, request.getRequestURI()));
		var locale = RequestContextUtils.getLocale(request);
		decorations.forEach(decoration -> decoration.decorate(view.getModel(), locale));
	}

	/**
	 * The entry the page belongs to: the longest path the page's path starts with, so that on /knowledge/write only
	 * "write" lights up and not "knowledge" as well.
	 */
	private static String currentEntry(List<MenuEntry> entries, String path) {
		String best = null;
		for (MenuEntry entry : entries) {
			boolean within = path.equals(entry.path())
					|| (!"/".equals(entry.path()) && path.startsWith(entry.path().endsWith("/") ? entry.path() : entry.path() + "/"));
			if (within && (best == null || entry.path().length() > best.length())) {
				best = entry.path();
			}
		}
		return best;
	}
}

