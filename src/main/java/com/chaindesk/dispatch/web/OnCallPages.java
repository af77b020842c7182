package com.chaindesk.dispatch.web;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import com.chaindesk.dispatch.NewShift;
import com.chaindesk.dispatch.OnCallRota;
import com.chaindesk.dispatch.OnCallShift;
import com.chaindesk.org.AgentManagement;
import com.chaindesk.org.AgentView;
import com.chaindesk.org.TeamRef;
import com.chaindesk.platform.CurrentActor;
import com.chaindesk.platform.FieldProblem;
import com.chaindesk.platform.InvalidInput;
import com.chaindesk.platform.MenuEntry;
import com.chaindesk.platform.OutsideScope;
import com.chaindesk.platform.Role;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** /dispatch/on-call: a week of on-call shifts, adding and removing them. Times in the chain's zone. */
@Controller
@RequestMapping("/dispatch/on-call")
class OnCallPages {

	@Bean
	static MenuEntry onCallMenuEntry() {
		return new MenuEntry("/dispatch/on-call", "dispatch.oncall.title", "moon-stars", 16,
				Set.of(Role.HQ_ADMIN, Role.REGION_MANAGER));
	}

	/**
	 * The add form as posted: the agent chosen as "team id:username" (the agent list is grouped by team), local
	 * date-times in the rota's zone.
	 */
	static class ShiftForm {
		public Long team;
		public String agent = "";
		public String from = "";
		public String to = "";

		public void setHolder(String holder) {
			int colon = holder == null ? -1 : holder.indexOf(':');
			if (colon > 0 && holder.substring(0, colon).matches("\\d{1,18}")) {
				this.team = Long.valueOf(holder.substring(0, colon));
				this.agent = holder.substring(colon + 1);
			}
		}
		public void setFrom(String from) { this.from = from; }
		public void setTo(String to) { this.to = to; }
		public Long getTeam() { return team; }
		public String getAgent() { return agent; }
		public String getHolder() { return team == null ? "" : team + ":" + agent; }
		public String getFrom() { return from; }
		public String getTo() { return to; }
	}

	/** One day of the week with the shifts that start on it. */
	record Day(LocalDate date, boolean today, List<OnCallShift> shifts) {
	}

	private final OnCallRota rota;
	private final AgentManagement agents;
	private final ZoneId zone;

	OnCallPages(OnCallRota rota, AgentManagement agents, @Value("${chaindesk.dispatch.rota-zone:Asia/Shanghai}") ZoneId zone) {
		this.rota = rota;
		this.agents = agents;
		this.zone = zone;
	}

	@GetMapping
	String page(@RequestParam(required = false) String week, Model model) {
		if (!OnCallRota.mayKeepRotas(CurrentActor.get())) {
			throw new OutsideScope("The on-call rota is kept by HQ admins and region managers.");
		}
		LocalDate today = LocalDate.now(zone);
		LocalDate monday = monday(week, today);
		Instant start = monday.atStartOfDay(zone).toInstant();
		Instant end = monday.plusDays(7).atStartOfDay(zone).toInstant();
		List<OnCallShift> shifts = rota.shifts(null, start, end);
		Map<LocalDate, List<OnCallShift>> byDay = shifts.stream().filter(s -> !s.startsAt().isBefore(start))
				.collect(Collectors.groupingBy(s -> LocalDate.ofInstant(s.startsAt(), zone), LinkedHashMap::new, Collectors.toList()));
		List<Day> days = new ArrayList<>();
		for (int i = 0; i < 7; i++) {
			LocalDate date = monday.plusDays(i);
			days.add(new Day(date, date.equals(today), byDay.getOrDefault(date, List.of())));
		}
		// A shift that started the Sunday before and runs into Monday still shows, on Monday.
		shifts.stream().filter(s -> s.startsAt().isBefore(start))
				.forEach(s -> days.set(0, new Day(days.get(0).date(), days.get(0).today(),
						concat(List.of(s), days.get(0).shifts()))));
		List<TeamRef> teams = rota.teams();
		Set<Long> teamIds = teams.stream().map(TeamRef::id).collect(Collectors.toSet());
		Map<Long, List<AgentView>> agentsByTeam = agents.visible(null).stream()
				.filter(a -> a.teamId() != null && teamIds.contains(a.teamId()) && "ACTIVE".equals(a.status()))
				.collect(Collectors.groupingBy(AgentView::teamId));
		model.addAttribute("days", days);
		model.addAttribute("monday", monday);
		model.addAttribute("zone", zone.getId());
		model.addAttribute("teams", teams.stream().filter(t -> agentsByTeam.containsKey(t.id())).toList());
		model.addAttribute("agentsByTeam", agentsByTeam);
		if (!model.containsAttribute("form")) {
			ShiftForm form = new ShiftForm();
			form.from = today.atTime(20, 0).toString();
			form.to = today.plusDays(1).atTime(8, 0).toString();
			model.addAttribute("form", form);
		}
		if (!model.containsAttribute("errors")) {
			model.addAttribute("errors", Map.of());
		}
		return "dispatch/on-call";
	}

	@PostMapping
	String add(@ModelAttribute("form") ShiftForm form, Model model, RedirectAttributes redirect) {
		List<FieldProblem> problems = new ArrayList<>();
		Instant from = moment(form.from, "from", problems);
		Instant to = moment(form.to, "to", problems);
		try {
			if (!problems.isEmpty()) {
				throw new InvalidInput(problems);
			}
			rota.add(new NewShift(form.team, form.agent, from, to));
		}
		catch (InvalidInput e) {
			model.addAttribute("errors", e.problems().stream()
					.collect(Collectors.toMap(FieldProblem::field, FieldProblem::message, (a, b) -> a)));
			return page(weekOf(form.from), model);
		}
		catch (com.chaindesk.platform.Conflict e) {
			model.addAttribute("errors", Map.of("overlap", e.getMessage()));
			return page(weekOf(form.from), model);
		}
		redirect.addFlashAttribute("saved", true);
		return "redirect:/dispatch/on-call?week=" + weekOf(form.from);
	}

	@PostMapping("/{id}/remove")
	String remove(@PathVariable long id, @RequestParam(required = false) String week, RedirectAttributes redirect) {
		rota.remove(id);
		redirect.addFlashAttribute("removed", true);
		return "redirect:/dispatch/on-call" + (week == null || !week.matches("\\d{4}-\\d{2}-\\d{2}") ? "" : "?week=" + week);
	}

	private Instant moment(String value, String field, List<FieldProblem> problems) {
		if (value == null || value.isBlank()) {
			problems.add(new FieldProblem(field, "required"));
			return null;
		}
		try {
			return LocalDateTime.parse(value.strip()).atZone(zone).toInstant();
		}
		catch (DateTimeParseException e) {
			problems.add(new FieldProblem(field, "a date and time"));
			return null;
		}
	}

	/** The week a typed moment falls in, as the page's week parameter (this week when it is not a date). */
	private static String weekOf(String typed) {
		return typed != null && typed.length() >= 10 && typed.substring(0, 10).matches("\\d{4}-\\d{2}-\\d{2}")
				? typed.substring(0, 10) : "";
	}

	private static LocalDate monday(String week, LocalDate today) {
		LocalDate day = today;
		if (week != null && !week.isBlank()) {
			try {
				day = LocalDate.parse(week.strip());
			}
			catch (DateTimeParseException e) {
				day = today; // a mistyped link shows this week rather than an error page
			}
		}
		return day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
	}

	private static <T> List<T> concat(List<T> a, List<T> b) {
		List<T> all = new ArrayList<>(a);
		all.addAll(b);
		return all;
	}
}
