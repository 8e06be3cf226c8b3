// Shared by build.rs (which embeds the content) and `Source::dir` (which reads a folder), so
// that both see the same files.

/// Every file below `dir`, recursively, sorted; an unreadable or missing folder gives none.
pub fn files_under(dir: &std::path::Path) -> Vec<std::path::PathBuf> {
    let mut stack = vec![dir.to_path_buf()];
    let mut files = Vec::new();
    while let Some(d) = stack.pop() {
        let Ok(entries) = std::fs::read_dir(&d) else { continue };
        for e in entries.flatten() {
            let p = e.path();
            if p.is_dir() {
                stack.push(p);
            } else {
                files.push(p);
            }
        }
    }
    files.sort();
    files
}
