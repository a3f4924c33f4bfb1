package com.servicecentre.lead;

import java.sql.PreparedStatement;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import com.servicecentre.office.Office;
import com.servicecentre.office.Offices;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * 报备 — each salesperson's daily filed list of the customers they are in contact with (seed 001 L24–25, 档案认定:
 * 每天交于部门经理存档…并记录咨询日期，以作为客户确认的凭证). What counts:
 * <ul>
 *   <li>only a filed customer: a contact kept to oneself (not on the list) gives no claim by the record;</li>
 *   <li>the list is daily, so an entry's inquiry date is the day it is filed or the day before (a list handed in the
 *       next morning); an older contact cannot be filed afterwards to claim a customer someone else brought in;</li>
 *   <li>the time of filing is the server's clock, not a date anyone types: when two people claim the same customer,
 *       the one who filed it first owns it; only filings made before a lead came in count for that lead.</li>
 * </ul>
 * Phone numbers are compared without spaces and dashes.
 */
@Repository
public class LeadFilings {

  private static final Pattern PHONE = Pattern.compile("\\+?[0-9][0-9 -]{5,18}[0-9]");
  private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

  /** One customer on a salesperson's list as entered. */
  public record Entry(String customerName, String phone, String address, String contactedOn, String notes) {}

  /** A filed customer: who filed it, when, and the inquiry date they gave. */
  public record Filing(long id, String filedBy, String customerName, String phone, LocalDate contactedOn,
      LocalDateTime filedAt) {}

  private final JdbcTemplate jdbc;
  private final Offices offices;

  public LeadFilings(JdbcTemplate jdbc, Offices offices) {
    this.jdbc = jdbc;
    this.offices = offices;
  }

  /**
   * Files a day's list for the person logged in, all or nothing: every wrong entry is named ("第2条 电话(phone): …"),
   * in words staff read, and nothing is filed then.
   */
  @Transactional
  public List<Filing> file(String filedBy, List<Entry> entries, LocalDateTime now) {
    List<String> problems = check(entries, now.toLocalDate());
    if (!problems.isEmpty()) {
      throw new IllegalArgumentException(String.join("；", problems));
    }
    // Stored to the second, as DATETIME keeps it on MySQL: the time read back is the time compared.
    LocalDateTime filedAt = now.withNano(0);
    // A list is filed with the shop the salesperson works in (their first, when they work in several).
    String office = offices.officeOf(filedBy, Office.RENOVATION);
    List<Filing> filed = new ArrayList<>();
    for (Entry e : entries) {
      String phone = normalized(e.phone());
      LocalDate contactedOn = LocalDate.parse(e.contactedOn().trim());
      KeyHolder key = new GeneratedKeyHolder();
      jdbc.update(connection -> {
        PreparedStatement insert = connection.prepareStatement("""
            INSERT INTO lead_filing (filed_by, customer_name, phone, address, contacted_on, notes, filed_at, office)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?)""", new String[] {"ID"});
        insert.setString(1, filedBy);
        insert.setString(2, e.customerName().trim());
        insert.setString(3, phone);
        insert.setString(4, blankToNull(e.address()));
        insert.setObject(5, contactedOn);
        insert.setString(6, blankToNull(e.notes()));
        insert.setObject(7, filedAt);
        insert.setString(8, office);
        return insert;
      }, key);
      filed.add(new Filing(key.getKey().longValue(), filedBy, e.customerName().trim(), phone, contactedOn, filedAt));
    }
    return filed;
  }

  /** What is wrong with a list, entry by entry; empty when it may be filed. */
  static List<String> check(List<Entry> entries, LocalDate today) {
    List<String> problems = new ArrayList<>();
    if (entries == null || entries.isEmpty()) {
      problems.add("报备清单(customers)为空：请至少填写一位客户");
      return problems;
    }
    if (entries.size() > 200) {
      problems.add("报备清单(customers)一次最多 200 位客户");
    }
    for (int i = 0; i < entries.size(); i++) {
      Entry e = entries.get(i);
      String at = "第" + (i + 1) + "条 ";
      if (e == null) {
        problems.add(at + "为空");
        continue;
      }
      if (blank(e.customerName())) {
        problems.add(at + "客户姓名(customerName): 必填");
      } else if (e.customerName().trim().length() > 100) {
        problems.add(at + "客户姓名(customerName): 最多 100 个字");
      }
      if (blank(e.phone())) {
        problems.add(at + "电话(phone): 必填");
      } else if (!PHONE.matcher(e.phone().trim()).matches()) {
        problems.add(at + "电话(phone): \"" + e.phone().trim() + "\" 不是电话号码");
      }
      if (!blank(e.address()) && e.address().trim().length() > 255) {
        problems.add(at + "装修地址(address): 最多 255 个字");
      }
      if (!blank(e.notes()) && e.notes().trim().length() > 500) {
        problems.add(at + "备注(notes): 最多 500 个字");
      }
      if (blank(e.contactedOn())) {
        problems.add(at + "咨询日期(contactedOn): 必填");
      } else {
        try {
          LocalDate day = LocalDate.parse(e.contactedOn().trim());
          if (day.isAfter(today)) {
            problems.add(at + "咨询日期(contactedOn): " + day + " 还没到");
          } else if (day.isBefore(today.minusDays(1))) {
            problems.add(at + "咨询日期(contactedOn): 报备每天一交，只能报当天或前一天接触的客户，" + day + " 已过");
          }
        } catch (DateTimeParseException notADate) {
          problems.add(at + "咨询日期(contactedOn): \"" + e.contactedOn().trim() + "\" 不是日期，请写作 2026-07-15");
        }
      }
    }
    return problems;
  }

  /** A salesperson's own filings from a day on, newest first. */
  public List<Map<String, Object>> mine(String filedBy, LocalDate from) {
    return jdbc.queryForList("""
        SELECT id, customer_name, phone, address, contacted_on, notes, filed_at FROM lead_filing
        WHERE filed_by = ? AND filed_at >= ? ORDER BY filed_at DESC, id DESC""", filedBy, from.atStartOfDay());
  }

  /**
   * Every filing of this phone in the shop made up to the instant, earliest first: the first is the owner's. A
   * filing in another shop gives no claim here. (shop null: every shop's filings)
   */
  public List<Filing> of(String phone, LocalDateTime upTo, String shop) {
    return jdbc.query("""
        SELECT id, filed_by, customer_name, phone, contacted_on, filed_at FROM lead_filing
        WHERE phone = ? AND filed_at <= ? AND (? IS NULL OR office = ?) ORDER BY filed_at, id""",
        (rs, n) -> new Filing(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
            rs.getDate(5).toLocalDate(), rs.getTimestamp(6).toLocalDateTime()),
        normalized(phone), upTo, shop, shop);
  }

  /** The filings as the account manager reads them: each person once, at their first filing, earliest first. */
  public static String describe(List<Filing> filings) {
    List<String> seen = new ArrayList<>();
    StringBuilder text = new StringBuilder();
    for (Filing f : filings) {
      if (seen.contains(f.filedBy())) {
        continue;
      }
      seen.add(f.filedBy());
      if (text.length() > 0) {
        text.append("\n");
      }
      text.append(seen.size()).append(". ").append(f.filedBy()).append(" 于 ").append(SHOWN.format(f.filedAt()))
          .append(" 报备(咨询日期 ").append(f.contactedOn()).append(")");
    }
    return text.toString();
  }

  public static String normalized(String phone) {
    return phone == null ? null : phone.trim().replace(" ", "").replace("-", "");
  }

  private static boolean blank(String text) {
    return text == null || text.isBlank();
  }

  private static String blankToNull(String text) {
    return blank(text) ? null : text.trim();
  }
}
