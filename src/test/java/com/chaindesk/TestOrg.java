package com.chaindesk;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;

/**
 * A region or store of a test's own, written straight into org's tables: tests that need a part of the chain nobody
 * else touches (its own settings, its own fields) without going through org's pages.
 */
public final class TestOrg {

	private TestOrg() {
	}

	/** A new region in Shanghai time; {@code prefix} starts its code, {@code names} is the names JSON. */
	public static long region(JdbcClient jdbc, String prefix, String names) {
		GeneratedKeyHolder key = new GeneratedKeyHolder();
		jdbc.sql("insert into org.region (code, names, time_zone, locale) values (?, cast(? as jsonb), 'Asia/Shanghai', 'zh-CN')")
				.params(prefix + System.nanoTime() % 1_000_000_000L, names).update(key, "id");
		return key.getKey().longValue();
	}

	/** A new medium store of the region, in Shanghai, without opening hours. */
	public static long store(JdbcClient jdbc, long region, String prefix, String names) {
		GeneratedKeyHolder key = new GeneratedKeyHolder();
		jdbc.sql("""
				insert into org.store (code, region_id, names, city, address, latitude, longitude, time_zone, locale, size_class, opening_hours)
				values (?, ?, cast(? as jsonb), '上海', '南京东路 1 号', 31.23, 121.47, 'Asia/Shanghai', 'zh-CN', 'M', '{}')
				""").params(prefix + System.nanoTime() % 1_000_000_000L, region, names).update(key, "id");
		return key.getKey().longValue();
	}
}
