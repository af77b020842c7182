package com.chaindesk.identity.security;

import java.sql.ResultSet;
import java.sql.SQLException;

import com.chaindesk.platform.OrgScope;

/** Reads the scope columns every account row carries. */
public final class Scopes {

	private Scopes() {
	}

	public static OrgScope read(ResultSet rs) throws SQLException {
		OrgScope.Level level = OrgScope.Level.valueOf(rs.getString("scope_level"));
		return new OrgScope(level, (Long) rs.getObject("region_id"), (Long) rs.getObject("store_id"),
				(Long) rs.getObject("vendor_id"));
	}
}
