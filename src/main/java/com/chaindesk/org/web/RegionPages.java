package com.chaindesk.org.web;

import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.chaindesk.org.OrgDirectory;
import com.chaindesk.org.RegionManagement;
import com.chaindesk.org.RegionView;
import com.chaindesk.platform.MenuEntry;
import com.chaindesk.platform.Role;
import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class RegionPages {

	@Bean
	static MenuEntry regionsMenuEntry() {
		return new MenuEntry("/org/regions", "org.regions.title", "map", 11,
				Set.of(Role.HQ_ADMIN, Role.REGION_MANAGER, Role.L1_AGENT, Role.ENGINEER, Role.TRAINER));
	}

	private final RegionManagement regions;
	private final OrgDirectory directory;

	RegionPages(RegionManagement regions, OrgDirectory directory) {
		this.regions = regions;
		this.directory = directory;
	}

	@GetMapping("/org/regions")
	String list(Model model) {
		var visible = regions.visible();
		Map<Long, Integer> storeCounts = visible.stream().collect(Collectors.toMap(RegionView::id,
				region -> directory.storesOfRegion(region.id()).size()));
		model.addAttribute("regions", visible);
		model.addAttribute("storeCounts", storeCounts);
		return "org/regions";
	}

	static Map<Long, RegionView> byId(Iterable<RegionView> regions) {
		return java.util.stream.StreamSupport.stream(regions.spliterator(), false)
				.collect(Collectors.toMap(RegionView::id, Function.identity()));
	}
}
