package com.servicecentre.office;

/** A unit an office manages: 翠湖花园 / 3栋 / 1单元502. */
public record OfficeUnit(String estate, String building, String unit) {}
