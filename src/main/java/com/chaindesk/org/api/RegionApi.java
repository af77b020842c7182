package com.chaindesk.org.api;

import java.net.URI;
import java.util.List;
import java.util.Map;

import com.chaindesk.org.RegionDraft;
import com.chaindesk.org.RegionManagement;
import com.chaindesk.org.RegionView;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/org/regions")
class RegionApi {

	record RegionJson(Long id, String code, Map<String, String> name, String timeZone, String locale, Integer version) {
		static RegionJson of(RegionView region) {
			return new RegionJson(region.id(), region.code(), region.names(), region.timeZone(), region.locale(),
					region.version());
		}

		RegionDraft draft() {
			return new RegionDraft(code, name, timeZone, locale, version);
		}
	}

	private final RegionManagement regions;

	RegionApi(RegionManagement regions) {
		this.regions = regions;
	}

	@GetMapping
	List<RegionJson> list() {
		return regions.visible().stream().map(RegionJson::of).toList();
	}

	@GetMapping("/{id}")
	RegionJson find(@PathVariable long id) {
		return RegionJson.of(regions.find(id));
	}

	@PostMapping
	ResponseEntity<RegionJson> open(@RequestBody RegionJson body) {
		RegionView region = regions.open(body.draft());
		return ResponseEntity.created(URI.create("/api/v1/org/regions/" + region.id())).body(RegionJson.of(region));
	}

	@PutMapping("/{id}")
	RegionJson revise(@PathVariable long id, @RequestBody RegionJson body) {
		return RegionJson.of(regions.revise(id, body.draft()));
	}
}
