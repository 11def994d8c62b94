// Pure functions over plain data (indicator maths, periods, forecasting). Filled by the
// indicator and forecasting work; kept as a package so the dependency direction is fixed now.
export {};
