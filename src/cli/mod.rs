//! The `marsad` command line: argument parsing and dispatch. The library does no I/O; reading
//! files lives in [`load`], printing tables in [`table`].

pub mod args;
pub mod commands;
pub mod load;
pub mod table;
