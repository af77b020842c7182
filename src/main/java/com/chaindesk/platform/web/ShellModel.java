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
		view.addObject("menu", actor.map(a -> menu.stream().filter(entry -> entry.visibleTo(a)).toList()).orElse(List.of()));
		view.addObject("currentPath", request.getRequestURI());
		var locale = RequestContextUtils.getLocale(request);
		decorations.forEach(decoration -> decoration.decorate(view.getModel(), locale));
	}
}
