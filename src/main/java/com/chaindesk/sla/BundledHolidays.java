package com.chaindesk.sla;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.chaindesk.platform.InvalidInput;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Imports the holiday files bundled in {@code classpath:holidays/} (see SOURCE.md there) when their year is missing,
 * through the same import admins use. Years already imported, or edited since, are left alone. Under an advisory
 * lock, so instances starting together import once.
 */
@Component
class BundledHolidays implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(BundledHolidays.class);
	private static final long LOCK = 0x534c4148_4f4c4931L;
	private static final Pattern FILE = Pattern.compile(".*/holidays/(cn|tw)/(\\d{4})\\.json$");

	private final HolidayCalendars calendars;
	private final JdbcClient jdbc;
	private final TransactionTemplate transaction;

	BundledHolidays(HolidayCalendars calendars, JdbcClient jdbc, TransactionTemplate transaction) {
		this.calendars = calendars;
		this.jdbc = jdbc;
		this.transaction = transaction;
	}

	@Override
	public void run(ApplicationArguments args) throws IOException {
		Resource[] files = new PathMatchingResourcePatternResolver().getResources("classpath*:holidays/*/*.json");
		transaction.executeWithoutResult(status -> {
			jdbc.sql("select pg_advisory_xact_lock(?)").param(LOCK).query().singleRow();
			for (Resource file : files) {
				load(file);
			}
		});
	}

	private void load(Resource file) {
		Matcher m;
		try {
			m = FILE.matcher(file.getURL().toString());
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		if (!m.matches()) {
			return;
		}
		CalendarCode code = "cn".equals(m.group(1)) ? CalendarCode.CN : CalendarCode.TW;
		HolidayFileFormat format = code == CalendarCode.CN ? HolidayFileFormat.HOLIDAY_CN : HolidayFileFormat.TW_OPENDATA;
		int year = Integer.parseInt(m.group(2));
		if (calendars.hasYear(code, year)) {
			return;
		}
		String text;
		try {
			text = file.getContentAsString(StandardCharsets.UTF_8);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		HolidayYear read;
		try {
			read = format.read(text);
		}
		catch (InvalidInput e) {
			throw new IllegalStateException("The bundled holiday file " + file + " is broken: " + e.getMessage(), e);
		}
		if (read.days().isEmpty()) {
			log.info("Bundled holidays {} {}: the file lists no days yet (notice not published), left for an admin", code, year);
			return;
		}
		calendars.importYear(code, format, text, "bundled:" + format.code());
		log.info("Imported bundled holidays {} {}: {} holidays, {} worked weekends", code, year, read.holidays(), read.workdays());
	}
}
