package com.servicecentre.calendar;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Service;

/**
 * The current calendar by name, for every due date. Calendars are cached, and each call asks the database only
 * for the calendar's version (one row by its key): a change made on any node applies from the next call on,
 * without a restart, and an unchanged calendar is not read again.
 */
@Service
public class WorkingCalendars {

  private final CalendarStore store;
  private final Map<String, StoredCalendar> cache = new ConcurrentHashMap<>();

  public WorkingCalendars(CalendarStore store) {
    this.store = store;
  }

  /** The calendar named, as it is now; an unknown name is refused ({@link UnknownCalendar}). */
  public WorkingCalendar get(String name) {
    return stored(name).calendar();
  }

  public StoredCalendar stored(String name) {
    if (name == null || name.isBlank()) {
      throw CalendarRefused.field("calendar", "工作日历", "必填");
    }
    long version = store.version(name).orElseThrow(() -> new UnknownCalendar(name, store.names()));
    StoredCalendar cached = cache.get(name);
    if (cached != null && cached.version() == version) {
      return cached;
    }
    StoredCalendar current = store.find(name).orElseThrow(() -> new UnknownCalendar(name, store.names()));
    cache.put(name, current);
    return current;
  }

  public List<StoredCalendar> all() {
    return store.names().stream().map(this::stored).toList();
  }
}
