// "Did you mean", for the dispatcher: a file of its own, loaded only when a command name is not one, so that the
// dispatcher does not carry the name matching (and the data package it comes from) on every run.
export { notFound } from "../_closest";
