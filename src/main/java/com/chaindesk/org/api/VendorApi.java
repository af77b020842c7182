package com.chaindesk.org.api;

import java.net.URI;
import java.util.List;

import com.chaindesk.org.VendorDraft;
import com.chaindesk.org.VendorManagement;
import com.chaindesk.org.VendorView;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Vendors: the body is {@code {code, company, services:[..], contractNumber, contractEnds, contactPhone, contactEmail, version}}. */
@RestController
@RequestMapping("/api/v1/org/vendors")
class VendorApi {

	private final VendorManagement vendors;

	VendorApi(VendorManagement vendors) {
		this.vendors = vendors;
	}

	@GetMapping
	List<VendorView> list(@RequestParam(required = false) String q) {
		return vendors.visible(q);
	}

	@GetMapping("/{id}")
	VendorView find(@PathVariable long id) {
		return vendors.find(id);
	}

	@PostMapping
	ResponseEntity<VendorView> open(@RequestBody VendorDraft body) {
		VendorView vendor = vendors.open(body);
		return ResponseEntity.created(URI.create("/api/v1/org/vendors/" + vendor.id())).body(vendor);
	}

	@PutMapping("/{id}")
	VendorView revise(@PathVariable long id, @RequestBody VendorDraft body) {
		return vendors.revise(id, body);
	}

	@PostMapping("/{id}/close")
	VendorView close(@PathVariable long id) {
		return vendors.changeStatus(id, false);
	}

	@PostMapping("/{id}/reopen")
	VendorView reopen(@PathVariable long id) {
		return vendors.changeStatus(id, true);
	}
}
