package com.servicecentre.kpi;

import java.util.List;

/**
 * A department as the figures are broken down: its staff groups, and the groups of its head (who receives its
 * daily warning and weekly bulletin).
 */
public record KpiDepartment(String id, String name, List<String> groups, List<String> heads) {}
