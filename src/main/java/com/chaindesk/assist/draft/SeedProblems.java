package com.chaindesk.assist.draft;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import com.chaindesk.ticket.Level;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * The labelled store problems ChainDesk ships ({@code assist/problem-descriptions.csv}: text, category, device,
 * priority, language), so a new chain gets drafts on day one, before it has resolved a single ticket.
 */
final class SeedProblems {

	static final String RESOURCE = "/assist/problem-descriptions.csv";

	private SeedProblems() {
	}

	static List<LabelledProblem> load() {
		try (InputStream in = SeedProblems.class.getResourceAsStream(RESOURCE)) {
			if (in == null) {
				throw new IllegalStateException(RESOURCE + " is missing from the class path");
			}
			List<LabelledProblem> out = new ArrayList<>();
			CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get();
			for (CSVRecord row : format.parse(new InputStreamReader(in, StandardCharsets.UTF_8))) {
				out.add(new LabelledProblem(row.get("text"), row.get("category"), row.get("device"),
						Level.valueOf(row.get("priority")), row.get("language")));
			}
			return List.copyOf(out);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
