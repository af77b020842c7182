package com.chaindesk.demo;

import java.util.List;

import com.chaindesk.config.SettingChanges;
import com.chaindesk.platform.OrgScope;
import com.chaindesk.sla.SlaSettings;
import com.chaindesk.sla.VendorSlaTerm;
import com.chaindesk.ticket.Priority;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * The demo vendors' contract SLAs: SUNPOS swaps POS hardware on site (urgent cases around the clock), NETLINK keeps
 * the stores' lines up 24×7, BRIGHTTAG fixes price labels in store hours.
 */
@Component
class DemoVendorContracts implements DemoStep {

	private final SettingChanges changes;
	private final JsonMapper json;

	DemoVendorContracts(SettingChanges changes, JsonMapper json) {
		this.changes = changes;
		this.json = json;
	}

	@Override
	public int order() {
		return 35;
	}

	@Override
	public void load() {
		List<VendorSlaTerm> contracts = List.of(
				new VendorSlaTerm("SUNPOS", Priority.P1, 30, 4 * 60, true),
				new VendorSlaTerm("SUNPOS", Priority.P2, 60, 8 * 60, true),
				new VendorSlaTerm("SUNPOS", Priority.P3, 4 * 60, 2 * 8 * 60, false),
				new VendorSlaTerm("SUNPOS", Priority.P4, 8 * 60, 5 * 8 * 60, false),
				new VendorSlaTerm("NETLINK", Priority.P1, 15, 4 * 60, true),
				new VendorSlaTerm("NETLINK", Priority.P2, 30, 8 * 60, true),
				new VendorSlaTerm("NETLINK", Priority.P3, 2 * 60, 24 * 60, true),
				new VendorSlaTerm("NETLINK", Priority.P4, 8 * 60, 3 * 24 * 60, true),
				new VendorSlaTerm("BRIGHTTAG", Priority.P2, 2 * 60, 8 * 60, false),
				new VendorSlaTerm("BRIGHTTAG", Priority.P3, 8 * 60, 3 * 8 * 60, false),
				new VendorSlaTerm("BRIGHTTAG", Priority.P4, 2 * 8 * 60, 5 * 8 * 60, false));
		changes.set(SlaSettings.VENDOR_CONTRACTS.key(), OrgScope.hq(), json.valueToTree(contracts), null);
	}
}
