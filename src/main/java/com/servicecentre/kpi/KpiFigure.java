package com.servicecentre.kpi;

import java.math.BigDecimal;
import java.util.Map;

/**
 * One figure of one group: numerator over denominator, the value in the figure's unit (null when nothing was
 * counted, shown as "—"), the target and whether it was met (null without a value). {@code reasons}: for figures
 * counted by reason (无效单, 死单), how many of the numerator each reason had; empty otherwise.
 */
public record KpiFigure(String kpi, String name, String area, String unit, String direction, String group,
    String groupLabel, double numerator, double denominator, Double value, BigDecimal target, Boolean met,
    Map<String, Integer> reasons) {}
