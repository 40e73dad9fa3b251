package org.dixit.model;

/** How precise an article date is; kept so "2022-01" is never mistaken for "2022-01-01". */
public enum DateGranularity { YEAR, MONTH, DAY, MINUTE }
