fn main() {
    std::process::exit(ejournal::run(std::env::args_os()));
}
